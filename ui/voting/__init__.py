"""The voting views shared by the threat ranking and prioritisation pages."""
