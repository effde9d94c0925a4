package org.sitegen.jbake;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.render.view.ChooserPage;
import org.sitegen.render.view.HtmlPage;

/**
 * The template engine JBake's {@code Renderer} writes our pages through: Freemarker at the version in use, so that
 * templates read our view records directly, configured with the safest built-ins ({@code ?new} resolves no class,
 * {@code ?api} is off) and with every template error turned into one {@link TemplateProblem}.
 * It takes the place of JBake's own Freemarker engine, which copies the whole configuration into every page.
 */
final class RecordTemplateEngine extends DelegatingTemplateEngine {
    /** Key of the view record inside the JBake document model the {@code Renderer} is given. */
    static final String VIEW = "sitegen.view";

    private final Configuration freemarker;
    private final File templateFolder;

    RecordTemplateEngine(JBakeConfiguration config) {
        super(null, config);
        this.templateFolder = config.getTemplateFolder();
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setDefaultEncoding(config.getTemplateEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
        // a record component reads as a plain value (x.title), never as a method to call
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        freemarker.setObjectWrapper(wrapper.build());
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocale(java.util.Locale.ROOT);
        try {
            freemarker.setDirectoryForTemplateLoading(templateFolder);
        } catch (IOException e) {
            throw new TemplateProblem(DisplayPaths.of(templateFolder.toPath()), 0, 0, "cannot read the templates folder: " + e.getMessage());
        }
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Object view = model.getContent().get(VIEW);
        String shown = DisplayPaths.of(templateFolder.toPath().resolve(templateName));
        try {
            Template template = freemarker.getTemplate(templateName);
            freemarker.core.Environment environment = template.createProcessingEnvironment(view, writer);
            // numbers a template prints (counts) are written as readers of the page's language write them
            environment.setLocale(localeOf(view));
            environment.process();
        } catch (ParseException e) {
            throw syntaxError(e, shown);
        } catch (TemplateException e) {
            ParseException syntax = syntaxCause(e);
            if (syntax != null) {
                throw syntaxError(syntax, shown); // an imported or included template that does not parse
            }
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new TemplateProblem(location(e.getTemplateSourceName(), shown), line == null ? 0 : line, column == null ? 0 : column,
                    describe(e));
        } catch (IOException e) {
            ParseException syntax = syntaxCause(e);
            if (syntax != null) {
                throw syntaxError(syntax, shown); // Freemarker remembers a template that failed to parse
            }
            throw new TemplateProblem(shown, 0, 0, "cannot read the template: " + e.getMessage());
        }
    }

    private TemplateProblem syntaxError(ParseException e, String shown) {
        return new TemplateProblem(location(e.getTemplateName(), shown), e.getLineNumber(), e.getColumnNumber(),
                firstLine(e.getEditorMessage()));
    }

    /** The syntax error behind a failure to load or import a template, if that is what it is. */
    private static ParseException syntaxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private static java.util.Locale localeOf(Object view) {
        if (view instanceof HtmlPage page) {
            return java.util.Locale.forLanguageTag(page.layout().site().lang());
        }
        if (view instanceof ChooserPage chooser) {
            return java.util.Locale.forLanguageTag(chooser.lang());
        }
        return java.util.Locale.ROOT;
    }

    /** The template the error is in (an included one may differ from the page's), as editors see its path. */
    private String location(String sourceName, String fallback) {
        return sourceName == null ? fallback : DisplayPaths.of(templateFolder.toPath().resolve(sourceName));
    }

    private static String describe(TemplateException e) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            return "'" + blamed + "' is missing: a misspelt name, or a value this page's model does not have";
        }
        return firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " ('" + blamed + "')");
    }

    private static String firstLine(String message) {
        String text = message == null ? "template error" : message.strip();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
