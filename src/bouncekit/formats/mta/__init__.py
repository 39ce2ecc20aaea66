"""MTA formats: the bounce layouts of mail server software."""
