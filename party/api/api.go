// Package api is the party daemon's HTTP API. For now it serves health:
// /healthz (the process is up) and /readyz (the party is registered and
// can work).
package api

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
)

// Server is the API server.
type Server struct {
	srv   *http.Server
	ln    net.Listener
	ready atomic.Pointer[string] // nil: ready; else the reason it is not
	log   zerolog.Logger
	done  chan error
}

// New listens on addr. The server starts not ready ("starting").
func New(addr string, log zerolog.Logger) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &Server{ln: ln, log: log.With().Str("component", "api").Logger(), done: make(chan error, 1)}
	s.SetNotReady("starting")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if why := s.ready.Load(); why != nil {
			http.Error(w, "not ready: "+*why, http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return s, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// SetReady marks the party ready.
func (s *Server) SetReady() { s.ready.Store(nil) }

// SetNotReady marks the party not ready, with the reason /readyz gives.
func (s *Server) SetNotReady(why string) { s.ready.Store(&why) }

// Start serves in the background until Shutdown.
func (s *Server) Start() {
	go func() {
		err := s.srv.Serve(s.ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	s.log.Info().Str("addr", s.Addr()).Msg("API listening")
}

// Shutdown stops accepting, waits for requests in flight (bounded by ctx)
// and returns the serve loop's error.
func (s *Server) Shutdown(ctx context.Context) error {
	if err := s.srv.Shutdown(ctx); err != nil {
		return err
	}
	return <-s.done
}
