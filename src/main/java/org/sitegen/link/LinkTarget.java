package org.sitegen.link;

import org.sitegen.model.PageId;

/** Where a resolved link points: a page and optionally a heading anchor on it. */
public record LinkTarget(PageId page, String anchor) {
}
