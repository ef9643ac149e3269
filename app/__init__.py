"""Blue Helmet COP: an offline common operating picture for multinational peacekeeping missions."""

__version__ = "0.1.0"
