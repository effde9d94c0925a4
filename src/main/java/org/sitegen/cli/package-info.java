/** The command line: build, check and serve. */
package org.sitegen.cli;
