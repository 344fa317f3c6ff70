// The C side of the spreadsheet export: Debian's libxlsxwriter (package libxlsxwriter-dev), which writes .xlsx
// workbooks itself (zip and XML included), so that TeczkaReports needs no Swift package for it.
#ifndef TECZKA_CXLSXWRITER_SHIM_H
#define TECZKA_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
