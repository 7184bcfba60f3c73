export interface ShellCommand {
  /** The program name with quotes removed (`apt-get`, `/usr/bin/pip3`). */
  name: string;
  /** Arguments with shell quoting removed, in order. */
  args: string[];
  /** `NAME=value` words written before the program name. */
  assignments: Record<string, string>;
}

export interface ParsedShell {
  script: string;
  commands: ShellCommand[];
  /** A `|` pipeline appears somewhere in the script. */
  hasPipe: boolean;
  /** The shell parser met syntax it could not read; commands are what it recovered. */
  hasSyntaxError: boolean;
  /** Variables set by `export NAME=value` or a bare `NAME=value` statement. */
  exported: Record<string, string>;
}
