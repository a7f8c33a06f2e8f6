"""Reads the .eml files an SMTP sink received with Python's email parser and prints them as JSON: recipient,
headers, the MIME structure, each leaf part's type, charset and method, the plain text, the inline calendar and
each attachment. Usage: read_mail.py FILE..."""
import json, sys
from email import policy
from email.parser import BytesParser


def structure(part):
    if part.is_multipart():
        return part.get_content_type() + "(" + ",".join(structure(p) for p in part.iter_parts()) + ")"
    return part.get_content_type()


def leaf(part):
    return {"contentType": part.get_content_type(), "charset": part.get_param("charset"),
            "method": part.get_param("method"), "disposition": part.get_content_disposition(),
            "fileName": part.get_filename(), "transferEncoding": part.get("Content-Transfer-Encoding")}


def text_of(part):
    content = part.get_content()
    return content.decode("utf-8") if isinstance(content, bytes) else content


def header(message, name):
    value = message[name]
    return None if value is None else str(value)


messages = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        first = f.readline().decode().strip()
        message = BytesParser(policy=policy.default).parse(f)
    text = message.get_body(preferencelist=("plain",))
    leaves = [p for p in message.walk() if not p.is_multipart()]
    calendar = next((p for p in leaves if p.get_content_type() == "text/calendar" and p.get_content_disposition() != "attachment"), None)
    attachments = [
        {"name": part.get_filename(), "contentType": part.get_content_type(),
         "method": part.get_param("method"), "content": text_of(part)}
        for part in message.iter_attachments()
    ]
    messages.append({
        "to": first.split(": ", 1)[1], "subject": str(message["subject"]),
        "text": text.get_content() if text else "", "attachments": attachments,
        "messageId": header(message, "Message-ID"), "from": header(message, "From"), "replyTo": header(message, "Reply-To"),
        "listUnsubscribe": header(message, "List-Unsubscribe"), "structure": structure(message),
        "parts": [leaf(p) for p in leaves],
        "calendar": None if calendar is None else {"name": None, "contentType": calendar.get_content_type(),
                                                   "method": calendar.get_param("method"), "content": text_of(calendar)},
    })
print(json.dumps(messages))
