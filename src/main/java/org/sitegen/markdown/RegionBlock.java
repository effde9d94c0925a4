package org.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A {@code ::: region eu tr} … {@code :::} container: Markdown shown only in the listed regions. */
public final class RegionBlock extends Block {
    private List<String> regions = List.of();
    private boolean closed;

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
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

    void setClosed(boolean closed) {
        this.closed = closed;
    }
}
