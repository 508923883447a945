# Signs every unsigned program file of the bundle (ZVDesk.exe, zvdesk-cli.exe and every
# third-party .exe/.dll/.pyd that comes unsigned), so that IT can allow ZV Desk with ONE
# AppLocker publisher rule. Run on the build machine after `make bundle`, before iscc.
#   powershell -File packaging\windows\sign.ps1 -Folder dist\ZVDesk -Thumbprint <sha1>
# Without a certificate (no -Thumbprint and no $env:ZVDESK_SIGN_THUMBPRINT) it only lists the
# unsigned files and exits 0.
param(
  [string]$Folder = "dist\ZVDesk",
  [string]$Thumbprint = $env:ZVDESK_SIGN_THUMBPRINT,
  [string]$TimestampUrl = $env:ZVDESK_TIMESTAMP_URL
)
$ErrorActionPreference = "Stop"
$files = Get-ChildItem -Path $Folder -Recurse -Include *.exe, *.dll, *.pyd
$unsigned = $files | Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" }
Write-Host ("{0} programmabestanden, {1} zonder handtekening" -f $files.Count, $unsigned.Count)
if (-not $Thumbprint) {
  $unsigned | ForEach-Object { Write-Host ("  niet ondertekend: " + $_.FullName) }
  exit 0
}
$cert = Get-ChildItem Cert:\CurrentUser\My, Cert:\LocalMachine\My |
  Where-Object { $_.Thumbprint -eq $Thumbprint } | Select-Object -First 1
if (-not $cert) { throw "Certificaat $Thumbprint niet gevonden" }
foreach ($f in $unsigned) {
  if ($TimestampUrl) {
    Set-AuthenticodeSignature -FilePath $f.FullName -Certificate $cert -HashAlgorithm SHA256 -TimestampServer $TimestampUrl | Out-Null
  } else {
    Set-AuthenticodeSignature -FilePath $f.FullName -Certificate $cert -HashAlgorithm SHA256 | Out-Null
  }
}
Write-Host "ondertekend: $($unsigned.Count) bestanden"
