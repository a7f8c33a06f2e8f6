"""A real SMTP server for tests: writes each message it accepts to FOLDER as one .eml file, named after the
connection it came on (CONNECTION-UNIQUE.eml), with the envelope recipients on a first X-Rcpt-To line.
Some recipients make it misbehave as real servers do:
  refuse-...@      RCPT is answered 550 (a permanent refusal of that recipient)
  tempfail-...@    the first DATA is answered 451 (try later); the refused message is kept in FOLDER/refused
  drop-...@        the first RCPT drops the connection and the server restarts, as a relay does on a crash
  hold-...@        DATA writes FOLDER/holding and answers only once FOLDER/release exists (a slow relay, held by the test)
Usage: smtp_sink.py PORT FOLDER"""
import asyncio, itertools, os, sys, threading, uuid
from aiosmtpd.controller import Controller

connections = itertools.count(1)


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.once = set()

    def first_time(self, address):
        if address in self.once:
            return False
        self.once.add(address)
        return True

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        session.connection = next(connections)
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refuse-"):
            return "550 5.1.1 <" + address + ">: mailbox unavailable"
        if address.startswith("drop-") and self.first_time(address):
            server.transport.abort()
            threading.Thread(target=restart).start()
            return "421 4.3.2 shutting down"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        if any(a.startswith("hold-") for a in envelope.rcpt_tos):
            open(os.path.join(self.folder, "holding"), "w").close()
            while not os.path.exists(os.path.join(self.folder, "release")):
                await asyncio.sleep(0.02)
        if any(a.startswith("tempfail-") for a in envelope.rcpt_tos) and self.first_time(tuple(envelope.rcpt_tos)):
            self.write(os.path.join(self.folder, "refused"), 0, envelope, content)
            return "451 4.3.0 try again later"
        self.write(self.folder, getattr(session, "connection", 0), envelope, content)
        return "250 2.0.0 OK: queued"

    def write(self, folder, connection, envelope, content):
        os.makedirs(folder, exist_ok=True)
        name = os.path.join(folder, "%04d-%s" % (connection, uuid.uuid4().hex))
        with open(name + ".tmp", "wb") as f:
            f.write(b"X-Rcpt-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(content)
        os.rename(name + ".tmp", name + ".eml")


sink = Sink(sys.argv[2])
lock = threading.Lock()
controller = Controller(sink, hostname="127.0.0.1", port=int(sys.argv[1]))


def restart():
    global controller
    with lock:
        controller.stop()
        controller = Controller(sink, hostname="127.0.0.1", port=int(sys.argv[1]))
        controller.start()


controller.start()
print("ready", flush=True)
sys.stdin.read()  # runs until the test closes our stdin
with lock:
    controller.stop()
