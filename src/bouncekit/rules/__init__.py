"""The rule set, as data: status tables, phrase rules, provider and vendor codes, each with an id."""
