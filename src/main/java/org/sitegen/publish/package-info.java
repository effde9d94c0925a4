/** Stage 7, publish: the staged output moved into place only after a successful build. */
package org.sitegen.publish;
