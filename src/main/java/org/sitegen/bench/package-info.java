/** The benchmark: synthetic corpora built in fresh JVMs, timed and measured. */
package org.sitegen.bench;
