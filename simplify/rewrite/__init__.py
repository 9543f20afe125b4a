"""The rule engine: one module per rule family, each rule with an id from RULES.md."""
