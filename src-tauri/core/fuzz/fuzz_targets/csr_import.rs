//! Certificate requests from arbitrary bytes: never a panic, and a request
//! accepted once is accepted again, identically, from its DER.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sealdesk_core::pki::csr_reader::read_csr;

fuzz_target!(|data: &[u8]| {
    let Ok(request) = read_csr(data) else {
        return;
    };
    let again = read_csr(&request.der).expect("an accepted request reads again from its DER");
    assert_eq!(again, request);
});
