#!/usr/bin/env bash
# The longest C functions under a folder (default core/), longest first:
#     scripts/longest-functions.sh [DIR] [N]      (N: how many, default 15)
# Prints "LINES  FILE:LINE  NAME".  A function is what the house style
# writes: a signature starting in column 0, its "{" and "}" alone in
# column 0 (style.md); lines are counted from the signature to the "}".
set -euo pipefail
dir=${1:-core}
n=${2:-15}
find "$dir" -name '*.c' -print0 | sort -z | xargs -0 awk '
    FNR == 1 { sig = 0; name = ""; open = 0 }
    # a signature: an identifier followed by "(" in column 0, not a
    # preprocessor line, a comment or a statement
    !open && /^[A-Za-z_][A-Za-z0-9_ \t\*]*\(/ && !/;[ \t]*$/ {
        s = $0
        sub(/\(.*/, "", s)
        k = split(s, w, /[ \t\*]+/)
        name = w[k]
        sig = FNR
    }
    /^\{/ && sig { open = 1; next }
    /^\}/ && open {
        printf "%5d  %s:%d  %s\n", FNR - sig + 1, FILENAME, sig, name
        open = 0; sig = 0
    }
' | sort -k1,1nr -k2,2 | head -n "$n"
