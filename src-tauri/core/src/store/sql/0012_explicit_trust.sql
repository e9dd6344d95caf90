-- Trust is an explicit act: earlier versions made every self-signed CA in
-- an imported file a trusted root, so a PKCS#12 carrying a root named like
-- the company seal could vouch for forged signatures. Imported roots lose
-- that implicit trust; the user trusts a root again by its fingerprint.
UPDATE certificate SET trusted = 0 WHERE source = 'imported';
