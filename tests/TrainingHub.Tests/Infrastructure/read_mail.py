"""Reads the .eml files an SMTP sink received with Python's email parser and prints them as JSON:
recipient, subject, plain text, and each attachment's name, content type and text.
Usage: read_mail.py FILE..."""
import json, sys
from email import policy
from email.parser import BytesParser

messages = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        first = f.readline().decode().strip()
        message = BytesParser(policy=policy.default).parse(f)
    text = message.get_body(preferencelist=("plain",))
    attachments = [
        {"name": part.get_filename(), "contentType": part.get_content_type(),
         "method": part.get_param("method"), "content": part.get_content()}
        for part in message.iter_attachments()
    ]
    messages.append({"to": first.split(": ", 1)[1], "subject": str(message["subject"]),
                     "text": text.get_content() if text else "", "attachments": attachments})
print(json.dumps(messages))
