/** The {@code bilat} command line: one picocli command per subcommand, one error line per problem. */
@NullMarked
package org.bilat.cli;

import org.jspecify.annotations.NullMarked;
