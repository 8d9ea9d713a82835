// A small Server-Sent Events client for tests: connects with fetch, parses events as they arrive.

export interface SseEvent {
  id?: string
  event: string
  data: string
}

export interface SseStream {
  status: number
  headers: Headers
  events: SseEvent[]
  /** The next event not taken yet that matches (default: any), within the time given. */
  next(match?: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close(): void
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController()
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal })
  const events: SseEvent[] = []
  let taken = 0
  let wake: () => void = () => {}
  let text = ''
  const parse = (block: string) => {
    const event: SseEvent = { event: 'message', data: '' }
    let fields = 0
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const name = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (name === 'id') event.id = value
      else if (name === 'event') event.event = value
      else if (name === 'data') event.data += (event.data ? '\n' : '') + value
      else continue
      fields += 1
    }
    if (fields > 0) events.push(event)
  }
  const ended = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    const reader = response.body.getReader()
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        text += decoder.decode(chunk.value, { stream: true })
        let end: number
        while ((end = text.indexOf('\n\n')) >= 0) {
          parse(text.slice(0, end))
          text = text.slice(end + 2)
        }
        wake()
      }
    } catch {
      // Aborted by close().
    }
    wake()
  })()
  return {
    status: response.status,
    headers: response.headers,
    events,
    ended,
    async next(match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        while (taken < events.length) {
          const event = events[taken++]!
          if (match(event)) return event
        }
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
    },
    close: () => controller.abort(),
  }
}
