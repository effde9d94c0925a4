package org.sitegen.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The report as JSON for tools: keys in a fixed order, two-space indent, {@code \n} line ends, non-ASCII escaped. */
public final class JsonReport implements ReportWriter {
    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter writer;

    public JsonReport() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        writer = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter))
                .with(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    @Override
    public void write(SiteDiff diff, PrintWriter out) {
        try {
            out.print(writer.writeValueAsString(tree(diff)));
            out.print('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a JSON tree. */
    public ObjectNode tree(SiteDiff diff) {
        ObjectNode root = mapper.createObjectNode();
        root.put("oldSite", diff.oldSite());
        root.put("newSite", diff.newSite());
        root.put("changed", diff.hasChanges());
        SiteDiff.Totals t = diff.totals();
        ObjectNode totals = root.putObject("totals");
        totals.put("editions", t.editions());
        totals.put("changedEditions", t.changedEditions());
        totals.put("pages", t.pages());
        totals.put("added", t.added());
        totals.put("removed", t.removed());
        totals.put("changed", t.changed());
        totals.put("changedByCallouts", t.changedByCallouts());
        totals.put("layoutOnly", t.layoutOnly());
        ArrayNode editions = root.putArray("editions");
        diff.editions().forEach(e -> edition(e, editions.addObject()));
        return root;
    }

    private void edition(EditionDiff e, ObjectNode node) {
        node.put("edition", e.edition());
        node.put("regionName", e.regionName());
        node.put("status", e.status().name().toLowerCase(Locale.ROOT));
        node.put("changed", e.hasChanges());
        node.put("basis", e.basis());
        node.put("pages", e.pages());
        hunks(node.putArray("disclaimer"), e.disclaimer());
        ArrayNode products = node.putArray("productChanges");
        for (ProductCallout callout : e.productChanges()) {
            ObjectNode p = products.addObject();
            product(p, callout.change());
            ArrayNode pages = p.putArray("pages");
            callout.pages().forEach(pages::add);
        }
        refs(node.putArray("added"), e.added());
        refs(node.putArray("removed"), e.removed());
        ArrayNode changed = node.putArray("changed");
        e.changed().forEach(page -> page(page, changed.addObject()));
        node.put("changedByCallouts", e.changedByCallouts());
        node.put("layoutOnly", e.layoutOnly());
        node.put("unchanged", e.unchanged());
    }

    private static void product(ObjectNode p, ProductChange c) {
        p.put("product", c.id());
        p.put("beforeStatus", c.beforeStatus());
        p.put("afterStatus", c.afterStatus());
        p.put("beforeText", c.beforeText());
        p.put("afterText", c.afterText());
        hunks(p.putArray("wording"), c.wording());
    }

    private static void refs(ArrayNode array, List<PageRef> refs) {
        for (PageRef ref : refs) {
            ObjectNode r = array.addObject();
            r.put("path", ref.path());
            r.put("source", ref.source());
            strings(r.putArray("allowPhrases"), ref.allowPhrases());
        }
    }

    private static void page(PageChange page, ObjectNode p) {
        p.put("path", page.path());
        p.put("source", page.source());
        ArrayNode fields = p.putArray("fields");
        for (FieldChange f : page.fields()) {
            fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
        }
        hunks(p.putArray("body"), page.body());
        hunks(p.putArray("disclaimer"), page.disclaimer());
        ArrayNode products = p.putArray("products");
        page.products().forEach(c -> product(products.addObject(), c));
        strings(p.putArray("allowPhrases"), page.allowPhrases());
    }

    private static void hunks(ArrayNode array, List<WordHunk> hunks) {
        for (WordHunk hunk : hunks) {
            ObjectNode h = array.addObject();
            h.put("truncatedStart", hunk.truncatedStart());
            h.put("truncatedEnd", hunk.truncatedEnd());
            ArrayNode segments = h.putArray("segments");
            for (Segment s : hunk.segments()) {
                segments.addObject().put("op", s.op().name().toLowerCase(Locale.ROOT)).put("text", s.text());
            }
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
