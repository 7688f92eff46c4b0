# Homebrew formula for salesctl.
#
# UNTESTED: no macOS machine or Homebrew was available where this was written; it follows the
# Homebrew Formula Cookbook but has never been run with `brew install`. The url/sha256 below must
# point at a real release tarball before use; until then install from a clone with
# `brew install --HEAD ./Formula/salesctl.rb`.
class Salesctl < Formula
  desc "Sales deals and activity reports as plain text files, shared through git"
  homepage "https://github.com/salesctl/salesctl"
  url "https://github.com/salesctl/salesctl/archive/refs/tags/v0.1.0.tar.gz"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  license "Apache-2.0"
  head "https://github.com/salesctl/salesctl.git", branch: "main"

  depends_on "pkgconf" => :build
  depends_on xcode: ["16.0", :build]
  depends_on "libyaml"

  uses_from_macos "swift" => :build

  def install
    # A tarball has no .git: tell --version which release it is.
    commit = build.head? ? Utils.git_short_head(length: 12) : "v#{version}"
    system "swift", "build", "--disable-sandbox", "-c", "release", "--product", "salesctl",
           "-Xcc", "-DSALESCTL_COMMIT=\"#{commit}\""
    bin.install ".build/release/salesctl"
    man1.install Dir["man/*.1"]
    bash_completion.install "completions/salesctl.bash" => "salesctl"
    zsh_completion.install "completions/_salesctl"
    fish_completion.install "completions/salesctl.fish"
  end

  test do
    assert_match "salesctl #{version}", shell_output("#{bin}/salesctl --version")
    system bin/"salesctl", "init", testpath/"store"
    system bin/"salesctl", "-C", testpath/"store", "check"
  end
end
