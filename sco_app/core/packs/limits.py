"""Limits that keep a hostile or broken pack from eating memory or time.

Every number here is stated in the instructors' guide (``lessons/README.md``, "Limits").
"""

MiB = 1024 * 1024

MAX_YAML_BYTES = 8 * MiB
"""Largest YAML file read (about 12,000 richly described events)."""

MAX_IMAGE_BYTES = 5 * MiB
"""Largest image file an event may show."""

MAX_SHAPE_BYTES = 2 * MiB
"""Largest GeoJSON file of a region's shape (a sea drawn in detail is a few hundred KiB)."""

MAX_SHAPE_POINTS = 100_000
"""Most points all the region shapes of a pack may have together (the world's countries have about 100,000)."""

MAX_PACK_BYTES = 64 * MiB
"""Largest total of all files in a pack (for a zip: uncompressed)."""

MAX_ZIP_BYTES = 64 * MiB
"""Largest zip file opened."""

MAX_ZIP_ENTRIES = 2000
"""Most entries a zip may hold."""

MAX_COMPRESSION_RATIO = 100
"""Largest uncompressed/compressed size ratio of one zip entry (a zip bomb has thousands)."""

MAX_INCLUDES = 200
"""Most YAML files one pack may include."""

MAX_DEPTH = 24
"""Deepest nesting of lists and maps in a YAML file."""

MAX_ALIAS_EXPANSIONS = 100
"""Most times one YAML anchor may be used."""

MAX_ALIAS_EVENTS = 20_000
"""Most YAML nodes that aliases may expand to in one file."""

MAX_NUMBER_DIGITS = 20
"""Longest whole number, in digits (no value of a pack needs more; Python will not print one of more than 4,300)."""
