"""Package list only (everything else is in pyproject.toml).

``resources/`` and ``icons/`` sit at the top of the repository, where people look for them,
but ship inside the package as ``journeymap_desktop.resources`` and ``.icons`` so an
installed copy finds them next to its code; so do the Linux desktop files of
``packaging/linux/`` (as ``resources/linux``), for ``journeymap install-desktop``. pyproject.toml alone cannot combine automatic
package discovery with that mapping.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["journeymap_desktop", "journeymap_desktop.*"]),
              "journeymap_desktop.resources", "journeymap_desktop.icons",
              "journeymap_desktop.resources.linux"],
    package_dir={
        "journeymap_desktop": "journeymap_desktop",
        "journeymap_desktop.resources": "resources",
        "journeymap_desktop.icons": "icons",
        "journeymap_desktop.resources.linux": "packaging/linux",
    },
)
