"""Starts Debian's Orca (/usr/bin/orca, unchanged) with its --debug-file written line by line.

Orca opens the debug file with Python's default block buffering, so its last utterances
can sit in memory until 8 KB more of log arrive: a test waiting for what was just said
would wait for the next event instead. Here `open()` of that one file is line-buffered;
everything else, the process name "orca" included, is Orca's own.
"""
import builtins
import os
import runpy
import sys

ORCA = os.environ.get('WISG_ORCA') or '/usr/bin/orca'
debug_file = next((arg.split('=', 1)[1] for arg in sys.argv[1:] if arg.startswith('--debug-file=')), None)
_open = builtins.open


def _open_line_buffered(file, mode='r', buffering=-1, *args, **kwargs):
    if debug_file is not None and file == debug_file and 'w' in mode:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)


builtins.open = _open_line_buffered
sys.argv = [ORCA, *sys.argv[1:]]
runpy.run_path(ORCA, run_name='__main__')
