"""AutoMem's command tags, for scripted policies: `op("APPEND", "cards.txt", "B3 owl")`."""


def op(name, *args):
    """One command: `<|NAME|>arg|arg<|END|>` (DONE takes no arguments and no closer)."""
    if name == "DONE":
        return "<|DONE|>"
    return f"<|{name}|>{'|'.join(str(a) for a in args)}<|END|>"


def action(text):
    """Commit a game action."""
    return op("ACTION", text)


DONE = "<|DONE|>"
