"""A throwaway OpenSSH server on 127.0.0.1 for deploy tests and benchmarks/deploy_ssh.py.

Host key, user key, authorized_keys, config and pid file all live in one temporary folder; the
client side is the ``ZISITE_SSH`` command line that `zisite deploy` gives to ssh and rsync.
Raises RuntimeError with the reason when sshd cannot run: callers fail, they never skip.
"""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

from waitkit import Lines

SSHD = "/usr/sbin/sshd"  # Debian's openssh-server; ./dev test installs it


@dataclass
class SshServer:
    port: int
    user: str
    ssh_command: str  # the value for ZISITE_SSH
    process: subprocess.Popen
    log: Path

    def url(self, path: Path | str) -> str:
        return f"ssh://{self.user}@127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sshd(folder: Path, timeout: float = 15.0, attempts: int = 3) -> SshServer:
    for program in (SSHD, shutil.which("ssh"), shutil.which("rsync"), shutil.which("ssh-keygen")):
        if not program or not Path(program).exists():
            raise RuntimeError(f"{program or 'ssh/rsync/ssh-keygen'} is missing: run ./dev test, which installs "
                               "openssh-server and rsync")
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("host_key", "user_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(folder / name)], check=True)
    shutil.copy(folder / "user_key.pub", folder / "authorized_keys")
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation directory
    for attempt in range(attempts):
        # A port found free can be taken by another test (parallel workers) before sshd binds it:
        # sshd then says so and exits, and another port is tried.
        server, said = _try_port(folder, _free_port(), timeout)
        if server:
            return server
        if "Address already in use" not in said:
            break
    raise RuntimeError(f"the test sshd did not start: {said}")


def _try_port(folder: Path, port: int, timeout: float) -> tuple[SshServer | None, str]:
    user = getpass.getuser()
    config = folder / "sshd_config"
    config.write_text(f"""\
Port {port}
ListenAddress 127.0.0.1
HostKey {folder}/host_key
PidFile {folder}/sshd.pid
AuthorizedKeysFile {folder}/authorized_keys
AllowUsers {user}
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
MaxStartups 50:30:100
LogLevel INFO
""")
    host_public = (folder / "host_key.pub").read_text().split()
    (folder / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_public[0]} {host_public[1]}\n")
    log = folder / "sshd.log"
    process = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, errors="replace")
    output = Lines(process.stderr, copy_to=log)
    client = ["ssh", "-F", "/dev/null", "-i", str(folder / "user_key"), "-o", "IdentitiesOnly=yes",
              "-o", f"UserKnownHostsFile={folder / 'known_hosts'}", "-o", "StrictHostKeyChecking=yes",
              "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"]
    server = SshServer(port, user, " ".join(shlex.quote(p) for p in client), process, log)
    # sshd says "Server listening on 127.0.0.1 port N." once it accepts connections.
    if output.wait_for(lambda line: "Server listening on" in line, timeout) is None:
        server.stop()
        return None, f"sshd on port {port} exited with code {process.returncode}: {output.text}"
    probe = subprocess.run([*client, "-p", str(port), f"{user}@127.0.0.1", "true"], capture_output=True,
                           text=True, timeout=timeout)
    if probe.returncode != 0:
        server.stop()
        raise RuntimeError(f"cannot log in to the test sshd on port {port}: {probe.stderr}\n{output.text}")
    return server, ""
