// The two reader profiles the bench drives. The phone is a mid-range handset on a slow mobile
// network: 4× CPU slowdown and ~1.6 Mbps / 750 Kbps / 150 ms RTT, applied through CDP.
export const PROFILES = {
  phone: {
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    cpuSlowdown: 4,
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
  },
  desktop: {
    context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
    cpuSlowdown: 1,
    network: null
  }
};

/** Apply the profile's CPU and network throttling to a page's CDP session; disable the cache. */
export async function throttle(cdp, profile) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Flags for Debian's Chromium on this machine (see tests/e2e/browser.ts). */
export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];
export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
