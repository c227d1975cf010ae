"""sco-app: an offline lesson studio for one paper on the Shanghai Cooperation Organization."""

__version__ = "0.1.0"
