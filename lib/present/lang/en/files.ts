/** File transfer: what each side says, and the reasons a file is refused. */
export const filesTexts = {
  // File transfer: what each side says, and the reasons a file is refused.
  "file.serving": "Receiving files into {dir} (at most {max} each{overwrite})",
  "file.overwriting": ", overwriting",
  "file.madeDir": "Made the folder {dir} to receive into",
  "file.removedParts":
    "Removed {count} unfinished {count|file|files} left in {dir} by a receiver that did not end (.socklab-*.part)",
  "file.incoming": "{peer} sends {name} ({size})",
  "file.saved": "Saved {path} ({size}): size and SHA-256 match",
  "file.cutOff": "A file from {peer} was cut off: {reason}",
  "file.refused": "Refused a file from {peer}: {reason}",
  "file.errBadHeader": 'the header is not {"name", "size", "sha256"} JSON',
  "file.errBadName": "'{name}' leaves no usable file name",
  "file.errTooLarge": "{size} is more than the {max} allowed (--max-size)",
  "file.errExists": "{name} already exists; the receiver needs --overwrite to replace it",
  "file.errIncomplete": "the connection ended after {received} of {size}; nothing was kept",
  "file.errCorrupt": "the SHA-256 of what arrived does not match the sender's; nothing was kept",
  "file.errDisk": "could not write the file: {reason}",
  "file.errInFlight": "{name} is being received from another sender right now",
  "file.errPartName":
    "'{name}' is how socklab names the files it is still receiving; send it under another name",
  "file.errTooSlow":
    "the file came slower than {rate}/s for {seconds} s, and was cut; nothing was kept",
  "file.sending": "Sending {name} ({size}, SHA-256 {sha256})",
  "file.accepted": "The receiver saved {name}: size and SHA-256 match",
  "file.rejected": "The receiver did not keep the file: {reply}",
  "help.file-receive.summary":
    "receives files: size and SHA-256 checked before a file takes its name; safe names only",
  "help.file-receive.protocol":
    'The sender sends one JSON line, {"name": …, "size": …, "sha256": …}; the receiver answers GO, or ERR code message (too-large, exists, bad-name, bad-header). Then come exactly size bytes; the receiver answers OK name once size and SHA-256 match, or ERR incomplete / corrupt / disk.',
  "help.file-receive.watch":
    "The bytes go to a hidden temporary file; only when all have arrived and their SHA-256 matches is it renamed to its name. Cut the connection halfway: no file appears. Send ../../etc/passwd: it is stored as passwd, inside --dir.",
  "help.file-receive.dir": "where received files go",
  "help.file-receive.overwrite": "replace a file that already exists (else it is refused)",
  "help.file-receive.maxSize": "refuse larger files, before any byte is written",
  "help.file-receive.once": "stop after the first file",
  "help.file-send.summary":
    "sends a file to file-receive with its size and SHA-256; exits 1 unless it was kept whole",
  "help.file-send.watch":
    "TCP delivers the bytes reliably and in order; the SHA-256 proves it end to end. The file is read twice (to hash it, then to send it), never whole into memory.",
  "help.file-send.path": "the file to send",
} as const;
