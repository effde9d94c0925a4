/** The records passed between pipeline stages. */
package org.sitegen.model;
