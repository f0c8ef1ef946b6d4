# What `cmake --install` puts where (GNUInstallDirs, so under /usr in the .deb), and the .deb
# itself (`cpack -G DEB`, see scripts/package). The installed programs find the resources in
# ../share/crm-workbench beside their bin/ folder (gui/steps/catalog.cpp resourcesDir()).
include(GNUInstallDirs)

# The application's id: the .desktop file, the AppStream metainfo, the icon and the MIME
# package are all named after it.
set(CRMW_APP_ID "org.crmworkbench.CrmWorkbench")
set(CRMW_RELEASE_DATE "2026-12-06")  # the date of the release named by project(VERSION)
set(CRMW_DATA_DIR "${CMAKE_INSTALL_DATADIR}/crm-workbench")
set(CRMW_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/crm-workbench")
set(CRMW_PACKAGING_DIR "${CMAKE_SOURCE_DIR}/packaging")

# The man pages name the version (configured, like the metainfo below) and, with the Debian
# changelog, are installed gzipped as Debian wants them (-n: the same bytes every build).
set(CRMW_GZIPPED)
foreach(page crmw crm-workbench)
  configure_file(${CRMW_PACKAGING_DIR}/man/${page}.1.in ${CMAKE_BINARY_DIR}/packaging/${page}.1
                 @ONLY)
endforeach()
foreach(file packaging/crmw.1 packaging/crm-workbench.1 ${CRMW_PACKAGING_DIR}/changelog.Debian)
  get_filename_component(name ${file} NAME)
  get_filename_component(source ${file} ABSOLUTE BASE_DIR ${CMAKE_BINARY_DIR})
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/${name}.gz
    COMMAND gzip -9 -n -c ${source} > ${CMAKE_BINARY_DIR}/packaging/${name}.gz
    DEPENDS ${source} COMMENT "Compressing ${name}")
  list(APPEND CRMW_GZIPPED ${CMAKE_BINARY_DIR}/packaging/${name}.gz)
endforeach()
add_custom_target(crmw_packaging_files ALL DEPENDS ${CRMW_GZIPPED})

if(TARGET crmw)
  install(TARGETS crmw RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${CMAKE_BINARY_DIR}/packaging/crmw.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Catalogs, step help, the sample workshop (and any folder resources/ gains).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/ DESTINATION ${CRMW_DATA_DIR})

if(TARGET crm-workbench)
  install(TARGETS crm-workbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${CMAKE_BINARY_DIR}/packaging/crm-workbench.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${CRMW_PACKAGING_DIR}/${CRMW_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${CRMW_PACKAGING_DIR}/${CRMW_APP_ID}.metainfo.xml.in
                 ${CMAKE_BINARY_DIR}/packaging/${CRMW_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${CRMW_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CRMW_PACKAGING_DIR}/crm-workbench-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${CRMW_APP_ID}.xml)
  # The icon: the drawing itself, and the PNGs the build renders from it (src/gui).
  install(FILES ${CMAKE_SOURCE_DIR}/ui/icons/crm-workbench.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${CRMW_APP_ID}.svg)
  foreach(size ${CRMW_ICON_SIZES})
    install(FILES ${CMAKE_BINARY_DIR}/src/gui/icons/crm-workbench-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${CRMW_APP_ID}.png)
  endforeach()
endif()

# The user guide with its screenshots, the licence in Debian's format, the Debian changelog.
install(FILES ${CMAKE_SOURCE_DIR}/docs/user-guide.md DESTINATION ${CRMW_DOC_DIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/user-guide/ DESTINATION ${CRMW_DOC_DIR}/user-guide)
install(FILES ${CRMW_PACKAGING_DIR}/copyright DESTINATION ${CRMW_DOC_DIR})
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz DESTINATION ${CRMW_DOC_DIR})

# The .deb: dependencies come from the linked libraries (dpkg-shlibdeps); what is loaded at
# run time and not linked is named here: the fonts the reports are laid out with (Qt's
# platform and SVG plugins come with the Qt libraries that are linked).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "crm-workbench")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The CRM Strategy Workbench authors")
set(CPACK_PACKAGE_CONTACT "The CRM Strategy Workbench authors <maintainers@crmworkbench.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workshop tool for the ten steps of a CRM strategy")
# CPack indents the body for the control file and turns the empty line into " .".
set(CPACK_PACKAGE_DESCRIPTION "CRM Strategy Workbench guides a facilitator and a room through the
ten steps of a customer relationship strategy: business strategy, current
metrics, customer pain, relationship state, what matters to customers,
segments, treatment, monitoring KPIs, alignment and capabilities. Every edit
is saved at once in one document file. It scores the result, writes the
strategy report (PDF, HTML, JSON, ODT), holds next year's cycle for the
annual reset and analyses imported transaction histories.

The package holds the window (crm-workbench) and the command line (crmw).")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "crm-workbench")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
