"""Gateway formats: the bounce layouts of security gateways and filtering appliances."""
