package org.sitegen.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.List;
import java.util.Set;

/**
 * Parses {@code ::: region <codes>} containers, closed by a line holding only {@code :::} (see
 * {@link RegionMarkerSyntax}; a line that is almost a marker is left as text, which {@link RegionMarkerChecker}
 * reports). A {@code :::} inside a fenced code block of the passage belongs to the code, not to the passage.
 */
final class RegionBlockParser extends AbstractBlockParser {
    private final RegionBlock block = new RegionBlock();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed()) {
            return BlockContinue.none();
        }
        CharSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length()).toString().stripTrailing();
        if (state.getIndent() < 4 && RegionMarkerSyntax.isCloser(rest) && closesThisBlock(state)) {
            block.close(state.getLineNumber());
            // consume the line as if it were blank, so that it also ends an open paragraph inside the passage: with
            // BlockContinue.finished() the paragraph stayed open and took the next line in as a lazy continuation
            return BlockContinue.atIndex(state.getLine().length());
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /**
     * Whether a {@code :::} line closes this passage: not when it is code (an open fenced code block inside the
     * passage), nor when a passage nested in this one is still open (the innermost passage closes first).
     */
    private boolean closesThisBlock(ParserState state) {
        Node innermost = state.getActiveBlockParser().getBlock();
        if (innermost instanceof FencedCodeBlock) {
            return false;
        }
        for (Node node = innermost; node != null && node != block; node = node.getParent()) {
            if (node instanceof RegionBlock nested && !nested.closed()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setCharsFromContent();
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine();
            List<String> codes = RegionMarkerSyntax.openerCodes(
                    line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().stripTrailing());
            if (codes == null) {
                return BlockStart.none();
            }
            RegionBlockParser parser = new RegionBlockParser();
            parser.block.setOpeningMarker(state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length()).trimEOL());
            parser.block.setRegions(codes);
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
