/** Stage 4, regions: which pages each regional edition publishes, and region-specific passages. */
package org.sitegen.region;
