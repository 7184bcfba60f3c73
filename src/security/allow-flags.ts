/** Flags that relax a safety rule; each is off unless the server was started with it. */
export interface AllowFlags {
  privileged: boolean;
  hostNamespaces: boolean;
  capabilities: boolean;
  bindOutsideWorkspace: boolean;
  dockerSocket: boolean;
  /** Accept `confirm: true` from the model when the client cannot ask the user (no elicitation). */
  confirmArgument: boolean;
  /** Host devices: `devices`, `device_cgroup_rules`, volumes backed by a block device. */
  devices: boolean;
}
