"""Reads a received message with Python's own mail parser, an implementation
independent of the one that wrote it.

Usage: eml_dump.py EML OUT_DIR

Prints one JSON object: the decoded Subject, the header names present, the
raw header values of From/To/Cc/Bcc/Message-ID/Date, and every leaf part
({content_type, filename, file, text}) with its decoded payload written to
OUT_DIR/N (text parts also given as text).
"""

import email
import email.policy
import json
import os
import sys


def main():
    path, out_dir = sys.argv[1:3]
    os.makedirs(out_dir, exist_ok=True)
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    parts = []
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        file = os.path.join(out_dir, str(number))
        with open(file, "wb") as out:
            out.write(payload)
        entry = {
            "content_type": part.get_content_type(),
            "filename": part.get_filename(),
            "file": file,
        }
        if part.get_content_maintype() == "text":
            entry["text"] = payload.decode(part.get_content_charset() or "utf-8")
        parts.append(entry)
    print(
        json.dumps(
            {
                "subject": str(message["Subject"]),
                "headers": list(message.keys()),
                "raw": {
                    name: message.get(name) and str(message.get(name))
                    for name in ["From", "To", "Cc", "Bcc", "Message-ID", "Date"]
                },
                "content_type": message.get_content_type(),
                "parts": parts,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
