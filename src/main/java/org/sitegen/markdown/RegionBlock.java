package org.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A {@code ::: region eu tr} … {@code :::} container: Markdown shown only in the listed regions. */
public final class RegionBlock extends Block {
    private List<String> regions = List.of();
    private boolean closed;
    private int closingLine = -1;
    private BasedSequence openingMarker = BasedSequence.NULL;

    @Override
    public BasedSequence[] getSegments() {
        // the opening line is part of the block, so that the block starts on the '::: region' line
        return openingMarker.isNull() ? EMPTY_SEGMENTS : new BasedSequence[] {openingMarker};
    }

    void setOpeningMarker(BasedSequence openingMarker) {
        this.openingMarker = openingMarker;
    }

    public List<String> regions() {
        return regions;
    }

    void setRegions(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    public boolean closed() {
        return closed;
    }

    /** The 0-based body line of the closing {@code :::}, or -1 while the block is open. */
    int closingLine() {
        return closingLine;
    }

    void close(int closingLine) {
        this.closed = true;
        this.closingLine = closingLine;
    }
}
