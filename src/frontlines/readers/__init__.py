"""Input readers: text, HTML, JSONL and feeds in; Documents (or InputErrors) out."""

from frontlines.readers.common import MAX_INPUT_BYTES, InputError
from frontlines.readers.inputs import read_file, read_inputs, read_stdin, sniff_format

__all__ = ["MAX_INPUT_BYTES", "InputError", "read_file", "read_inputs", "read_stdin", "sniff_format"]
