#!/bin/bash
# The generator's pieces, tested one by one (check/unit.c).
exec check/bin/unit
