package org.sitegen.markdown;

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
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code ::: region <codes>} containers, closed by a line holding only {@code :::}. */
final class RegionBlockParser extends AbstractBlockParser {
    private static final Pattern OPEN = Pattern.compile("^:::\\s*region\\b(.*)$");
    private static final Pattern CLOSE = Pattern.compile("^:::\\s*$");

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
        CharSequence rest = state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length());
        if (state.getIndent() < 4 && CLOSE.matcher(rest).matches()) {
            block.setClosed(true);
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
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
            Matcher m = OPEN.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().stripTrailing());
            if (!m.matches()) {
                return BlockStart.none();
            }
            RegionBlockParser parser = new RegionBlockParser();
            parser.block.setOpeningMarker(state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length()).trimEOL());
            String codes = m.group(1).strip();
            parser.block.setRegions(codes.isEmpty() ? java.util.List.of() : Arrays.asList(codes.split("[\\s,]+")));
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
