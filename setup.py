"""Packaging glue that pyproject.toml cannot say: ship the top-level ``resources/`` folder.

The customer fixed ``resources/`` at the top level of the repository; an installed ZV Desk
needs the same files, so they are packaged as ``zvdesk._resources`` (see zvdesk/resources.py).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["zvdesk", "zvdesk.*"]), "zvdesk._resources"],
    package_dir={"zvdesk._resources": "resources"},
    package_data={"zvdesk._resources": ["**/*"]},
    include_package_data=False,
)
