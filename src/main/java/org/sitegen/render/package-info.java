/** Stage 5, render: bodies finished per edition and every page's template model built for JBake's renderer. */
package org.sitegen.render;
