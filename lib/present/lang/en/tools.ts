/** The network tools: probe and interfaces. */
export const toolsTexts = {
  "help.group.tools": "Network tools: is anything listening? which address do classmates use?",
  // The network tools: probe and interfaces.
  "probe.open": "open",
  "probe.closed": "closed",
  "probe.silent": "no answer",
  "probe.closedRange": "{from}–{to}  {state} ({count} {count|port|ports})",
  "probe.line": "{address}  {state}  {ms} ms",
  "probe.failed": "{address}  {error}",
  "probe.summary":
    "open: {open}, closed: {closed}, without answer: {silent} (waited up to {seconds} s each)",
  "interfaces.heading": "This machine's network interfaces:",
  "interfaces.loopback": "loopback: only this machine",
  "interfaces.linkLocal": "link-local: only the same cable or wifi, with a zone",
  "interfaces.use": "A classmate on your network would connect to: {address} ({name})",
  "interfaces.none":
    "No address besides loopback: this machine is not on a network other machines can reach",
  "interfaces.firewall":
    "Remember: the server must listen on 0.0.0.0 (--host 0.0.0.0), not 127.0.0.1, and this machine's firewall must let port {port} in (Windows: Windows Defender Firewall › Allow an app; macOS: System Settings › Network › Firewall; Linux: sudo ufw allow {port}/tcp).",
  "help.interfaces.summary":
    "this machine's addresses, which one a classmate would use, and the firewall reminder",
  "help.interfaces.watch":
    "127.0.0.1 only reaches this machine; classmates need the address of your wifi or cable interface, a server listening on 0.0.0.0, and the port open in your firewall.",
  "help.probe.summary":
    "is anything listening? TCP connect to each port: open, closed or no answer, with times",
  "help.probe.watch":
    "Closed means the machine answered 'nobody here' at once (connection refused); no answer usually means a firewall dropped the attempt, or the host is not there. Compare with netstat -at on the server.",
  "help.probe.ports": "the ports to try: 8080, 8000-8010, 22,80,443 (at most 1024)",
  "help.probe.concurrency": "connects in flight at once",
} as const;
