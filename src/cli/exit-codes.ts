/**
 * The exit statuses of the command line. 0 is done, 1 is failed: a check that failed, or a mistake
 * in the command, its options or its input. Each command's --help lists the ones it uses.
 */
export const EXIT_NO_COMMAND = 2

/** verify and coverage could not ask: no server answered at --base-url, or not as chatmock does. */
export const EXIT_UNREACHABLE = 3
