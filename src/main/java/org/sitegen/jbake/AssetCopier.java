package org.sitegen.jbake;

import java.util.List;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/** Copies {@code assets/} into the output with JBake's {@link Asset}; returns the files it could not copy. */
public final class AssetCopier {
    private AssetCopier() {
    }

    public static List<String> copy(JBakeConfiguration config) {
        Asset asset = new Asset(config);
        asset.copy();
        return asset.getErrors().stream().map(Throwable::getMessage).toList();
    }
}
