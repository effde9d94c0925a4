/** The whole build: stages run in order, staged output published only on success. */
package org.sitegen.pipeline;
