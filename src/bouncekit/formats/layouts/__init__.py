"""Layouts several formats share (qmail and its clones, James notices, Exim-style blocks);
none of them is a format of its own."""
