/**
 * The images stage: {@code content/images/} read and checked (SVG against an allowlist, sizes, dimensions), every
 * image a body places checked (exists, alt text), published under content-hashed names with resized copies for
 * large raster images, and each {@code <img>} given its final src, width, height, loading and srcset.
 */
package org.sitegen.images;
