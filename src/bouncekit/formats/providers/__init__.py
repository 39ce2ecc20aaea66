"""Provider formats: the bounce layouts of mailbox providers and sending services."""
